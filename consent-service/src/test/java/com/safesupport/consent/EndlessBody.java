package com.safesupport.consent;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A WireMock response transformer (stubs opt in with {@code withTransformers(EndlessBody.NAME)}) that answers 200 with
 * a body that never ends, sent as fast as the connection takes it: the start of a valid export of the stub's subject
 * (from the {@code subject} transformer parameter), then records quoting {@link #QUOTE} forever. WireMock's stubs only
 * hold finite bodies. A 1 GiB ceiling keeps a broken client from holding the test for ever.
 */
public class EndlessBody implements ResponseTransformerV2 {

    public static final String NAME = "endless-body";
    /** Quoted in every record of the endless body. */
    public static final String QUOTE = "Wilhelmina Quartermaine-Oduya";
    private static final long CEILING = 1L << 30;

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        String subject = serveEvent.getTransformerParameters().getString("subject");
        byte[] head = ("{\"service\":\"bot-service\",\"subjectId\":\"" + subject + "\",\"records\":[")
                .getBytes(StandardCharsets.UTF_8);
        byte[] record = ("{\"kind\":\"message\",\"text\":\"" + QUOTE + "\"},").getBytes(StandardCharsets.UTF_8);
        return Response.Builder.like(response).but().body(() -> new Endless(head, record)).build();
    }

    private static final class Endless extends InputStream {
        private final byte[] head;
        private final byte[] record;
        private long position;

        Endless(byte[] head, byte[] record) {
            this.head = head;
            this.record = record;
        }

        @Override
        public int read() {
            if (position >= CEILING) {
                return -1;
            }
            long at = position++;
            return at < head.length ? head[(int) at] : record[(int) ((at - head.length) % record.length)];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= CEILING) {
                return -1;
            }
            int n = (int) Math.min(length, CEILING - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) read();
            }
            return n;
        }
    }
}

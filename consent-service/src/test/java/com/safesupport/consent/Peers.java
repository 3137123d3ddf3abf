package com.safesupport.consent;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.eclipse.microprofile.config.ConfigProvider;

/** The admin client of the WireMock that plays the other services. */
public final class Peers {

    public static final String[] NAMES = {"bot", "escalation", "redaction"};

    private Peers() {
    }

    public static WireMock wiremock() {
        return new WireMock("127.0.0.1", ConfigProvider.getConfig().getValue("test.peers.port", Integer.class));
    }
}

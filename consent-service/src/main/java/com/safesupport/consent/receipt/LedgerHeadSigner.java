package com.safesupport.consent.receipt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safesupport.consent.config.ConsentConfig;
import com.safesupport.consent.ledger.HeadSignatures;
import com.safesupport.platform.schedule.SchedulerTicks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signs the ledger's head with the receipt key every {@code consent.ledger.sign-head-every} (when it moved), and
 * stores the compact JWS in {@code ledger_head_signature}. The database holds no private key, so its owner cannot
 * make a rewritten chain match an earlier signed head; a head kept outside the database (from
 * {@code GET /v1/ledger/head}) also catches deleted signature rows.
 */
@ApplicationScoped
public class LedgerHeadSigner implements HeadSignatures {

    private static final Logger LOG = Logger.getLogger(LedgerHeadSigner.class);
    static final String TYPE = "consent-ledger-head";

    @Inject
    ReceiptSigner signer;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    ConsentConfig config;

    @Inject
    SchedulerTicks ticks;

    @Scheduled(every = "${consent.ledger.sign-head-every:1h}", identity = "ledger-head-signer",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (ticks.claim("ledger-head-signer", config.ledger().signHeadEvery())) { // once per tick across replicas
            signHead();
        }
    }

    /** Signs the current head unless it is already signed; @return the newest signed head, if the ledger has one. */
    @Override
    public Optional<Published> signHead() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> head = em.createNativeQuery("select seq, hash from consent_event order by seq desc limit 1").getResultList();
            if (head.isEmpty()) {
                return Optional.<Published>empty();
            }
            Object[] row = (Object[]) head.get(0);
            long seq = ((Number) row[0]).longValue();
            Optional<Published> latest = latest();
            if (latest.isPresent() && latest.get().seq() == seq) {
                return latest;
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("iss", config.receipts().issuer());
            claims.put("typ", TYPE);
            claims.put("seq", seq);
            claims.put("hash", row[1]);
            claims.put("signedAt", now.toString());
            String jws;
            try {
                jws = signer.sign(json.writeValueAsString(claims));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            em.createNativeQuery("insert into ledger_head_signature (seq, hash, signed_at, key_id, jws) values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, seq).setParameter(2, row[1]).setParameter(3, now).setParameter(4, signer.keyId())
                    .setParameter(5, jws).executeUpdate();
            LOG.infof("Signed the consent ledger head at seq %d", seq);
            return Optional.of(new Published(seq, (String) row[1], now, signer.keyId(), jws));
        });
    }

    @Override
    public Optional<Published> latest() {
        List<?> rows = em.createNativeQuery("select seq, hash, signed_at, key_id, jws from ledger_head_signature order by id desc limit 1")
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Published(((Number) r[0]).longValue(), (String) r[1], instant(r[2]), (String) r[3], (String) r[4]));
    }

    @Override
    public List<SignedHead> trusted() {
        List<SignedHead> heads = new ArrayList<>();
        int unverifiable = 0;
        for (Object o : em.createNativeQuery("select jws from ledger_head_signature order by id").getResultList()) {
            Optional<SignedHead> head = read((String) o);
            if (head.isPresent()) {
                heads.add(head.get());
            } else {
                unverifiable++; // signed with a retired key, or not by us: it proves nothing either way
            }
        }
        if (unverifiable > 0) {
            LOG.infof("%d stored ledger head signatures do not verify with the current receipt key", unverifiable);
        }
        return heads;
    }

    @Override
    public Optional<SignedHead> read(String jws) {
        String payload = jws == null ? null : signer.verify(jws.strip());
        if (payload == null) {
            return Optional.empty();
        }
        try {
            JsonNode claims = json.readTree(payload);
            if (!TYPE.equals(claims.path("typ").asText()) || !claims.path("seq").canConvertToLong() || !claims.path("hash").isTextual()) {
                return Optional.empty();
            }
            return Optional.of(new SignedHead(claims.path("seq").asLong(), claims.path("hash").asText(),
                    Instant.parse(claims.path("signedAt").asText())));
        } catch (JsonProcessingException | java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Instant instant(Object value) {
        return value instanceof Instant i ? i : value instanceof java.time.OffsetDateTime odt ? odt.toInstant()
                : ((java.sql.Timestamp) value).toInstant();
    }
}

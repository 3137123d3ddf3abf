package com.safesupport.consent.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Chain heads signed with a key the database does not hold (the receipt key): what verification holds the chain
 * against, so that rewriting it from a point before a signed head is detected. Implemented where the key lives.
 */
public interface HeadSignatures {

    /** A head whose signature verified: the chain's hash at {@code seq} when it was signed. */
    record SignedHead(long seq, String hash, Instant signedAt) {
    }

    /** A stored signed head as published: what an auditor keeps outside the database. */
    record Published(long seq, String hash, Instant signedAt, String keyId, String jws) {
    }

    /** Signs the current head unless it already is; the newest signed head, if the ledger has events. */
    Optional<Published> signHead();

    /** The newest signed head. */
    Optional<Published> latest();

    /** Every stored signed head whose signature verifies with the current key. */
    List<SignedHead> trusted();

    /** A signed head someone kept outside the database (compact JWS); empty when its signature does not verify. */
    Optional<SignedHead> read(String jws);
}

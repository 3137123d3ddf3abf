package com.safesupport.redaction.vault;

import com.safesupport.platform.subject.SubjectDataProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/**
 * The vault's part of data-subject requests (DESIGN.md): consent-service exports or erases what the vault holds for
 * a subject, i.e. the entries written by redact calls that named the subject.
 */
@ApplicationScoped
public class VaultSubjectData implements SubjectDataProvider {

    static final String SERVICE = "redaction-service";

    @Inject
    Vault vault;

    @Override
    public String service() {
        return SERVICE;
    }

    @Override
    public List<Vault.Record> records(String subjectId) {
        return vault.export(subjectId);
    }

    @Override
    public Map<String, Long> erase(String subjectId) {
        return Map.of("vaultEntries", vault.eraseSubject(subjectId));
    }
}

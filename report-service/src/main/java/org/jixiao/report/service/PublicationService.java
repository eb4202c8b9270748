package org.jixiao.report.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.problem.ProblemException;
import org.jixiao.report.domain.ReportData;
import org.jixiao.report.domain.SectionKey;
import org.jixiao.report.repository.PublicationRepository;
import org.jixiao.report.repository.PublicationRepository.PublishedRow;
import org.jixiao.report.repository.ReportVersion;
import org.jixiao.report.repository.VersionRepository;
import org.jixiao.report.service.RenderService.Rendering;

/**
 * Publication (公开): the index of published reports and the files of a published version, for readers without a
 * token. Only PUBLISHED versions are ever read here, so it needs no caller and shows no department's drafts; it
 * writes nothing (no audit record).
 */
@ApplicationScoped
public class PublicationService {
    /** The one answer for whatever is not a published version's file, so that no answer tells a draft from nothing. */
    public static final String NOT_PUBLISHED = "nothing is published at this address";

    @Inject
    PublicationRepository publications;
    @Inject
    VersionRepository versions;
    @Inject
    RenderService renders;
    @Inject
    ObjectMapper mapper;

    /** Each report's newest published version, newest publication first. */
    public Page<PublishedRow> index(String department, Integer year, PageRequest request) {
        PublicationRepository.Slice slice = publications.published(department, year, request.offset(), request.size());
        return Page.of(slice.items(), slice.total(), request);
    }

    /** The published version as a document (PDF, DOCX, HTML); 404 for anything not published. */
    public Rendering report(long reportId, int version, RenderFormat format) {
        return renders.render(published(reportId, version), format);
    }

    /** A table of the published version; an unknown table is the same 404 as an unpublished version. */
    public Rendering table(long reportId, int version, String table, TableFormat format) {
        StoredVersion stored = published(reportId, version);
        try {
            return renders.renderTable(stored, table, format);
        } catch (ProblemException e) {
            throw e.status() == 404 ? notPublished() : e;
        }
    }

    public static ProblemException notPublished() {
        return ProblemException.notFound(NOT_PUBLISHED);
    }

    /** Read in a short transaction of its own; rendering happens after, without holding a connection. */
    private StoredVersion published(long reportId, int version) {
        ReportVersion v = QuarkusTransaction.requiringNew().call(() -> versions.find(reportId, version)
                .filter(found -> ReportVersion.PUBLISHED.equals(found.status)).orElse(null));
        if (v == null) {
            throw notPublished();
        }
        try {
            JsonNode snapshot = mapper.readTree(v.snapshot);
            Map<SectionKey, String> narrative = new EnumMap<>(SectionKey.class);
            mapper.readValue(v.narrative, new TypeReference<Map<String, String>>() {
            }).forEach((k, text) -> SectionKey.parse(k).ifPresent(key -> narrative.put(key, text)));
            // the findings stay private: rendering does not read them
            return new StoredVersion(v, snapshot, ReportData.from(snapshot, mapper), narrative, List.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored version " + v.id + " is unreadable", e);
        }
    }
}

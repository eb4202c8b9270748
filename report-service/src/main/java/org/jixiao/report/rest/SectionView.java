package org.jixiao.report.rest;

import java.time.Instant;
import java.util.List;
import org.jixiao.report.domain.PlaceholderCatalogue;
import org.jixiao.report.domain.SectionKey;
import org.jixiao.report.repository.ReportSection;

public record SectionView(String key, String label, String text, List<String> placeholders, Instant updatedAt) {
    static SectionView of(ReportSection s) {
        SectionKey k = SectionKey.valueOf(s.key);
        return new SectionView(k.name(), k.label, s.text, PlaceholderCatalogue.keysIn(s.text), s.updatedAt);
    }

    /** A section not written yet. */
    static SectionView empty(SectionKey k) {
        return new SectionView(k.name(), k.label, null, List.of(), null);
    }
}

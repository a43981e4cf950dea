package org.putright.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.putright.complaint.ComplaintReference;

class SubjectReferenceTest {

    @Test
    void findsTheReferenceAReplyToALetterCarries() {
        assertThat(SubjectReference.in("Re: We have received your stage 1 complaint (CMP-2026-000123)"))
                .contains(new ComplaintReference("CMP-2026-000123"));
    }

    @Test
    void acceptsAReferenceTypedInLowerCase() {
        assertThat(SubjectReference.in("about cmp-2025-000042 again"))
                .contains(new ComplaintReference("CMP-2025-000042"));
    }

    @Test
    void takesTheFirstReferenceWhenThereAreSeveral() {
        assertThat(SubjectReference.in("Fwd: CMP-2026-000007 and CMP-2026-000008"))
                .contains(new ComplaintReference("CMP-2026-000007"));
    }

    @Test
    void ignoresTextThatOnlyLooksLikeAReference() {
        assertThat(SubjectReference.in("My boiler is broken")).isEmpty();
        assertThat(SubjectReference.in("CMP-26-000123")).isEmpty();
        assertThat(SubjectReference.in("XCMP-2026-000123")).isEmpty();
        assertThat(SubjectReference.in("CMP-2026-00012")).isEmpty();
        assertThat(SubjectReference.in("")).isEmpty();
    }
}

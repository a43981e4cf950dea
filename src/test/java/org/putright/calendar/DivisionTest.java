package org.putright.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DivisionTest {

    @Test
    void aLandlordWorksToEnglandAndWalesUnlessItChoosesOtherwise() {
        assertThat(Division.byDefault()).isEqualTo(Division.ENGLAND_AND_WALES);
    }

    @Test
    void isFoundByItsGovUkKey() {
        assertThat(Division.ofGovUkKey("northern-ireland")).contains(Division.NORTHERN_IRELAND);
        assertThat(Division.ofGovUkKey("wales")).isEmpty();
    }
}

package org.putright.resident;

import java.util.List;
import java.util.Optional;

/**
 * The protected characteristics Putright monitors, each with the groups a resident may choose from
 * (or {@link #PREFER_NOT_TO_SAY}). The groups are those of the 2021 Census for England and Wales, at
 * the level of detail landlords commonly hold for their tenants, so that a landlord can enter its
 * tenant profile in the same groups and compare like with like (3.1, 3.3).
 */
public enum EqualityCharacteristic {
    AGE_BAND(
            "Age",
            List.of(
                    new Group("AGE_16_TO_24", "16 to 24"),
                    new Group("AGE_25_TO_34", "25 to 34"),
                    new Group("AGE_35_TO_44", "35 to 44"),
                    new Group("AGE_45_TO_54", "45 to 54"),
                    new Group("AGE_55_TO_64", "55 to 64"),
                    new Group("AGE_65_TO_74", "65 to 74"),
                    new Group("AGE_75_AND_OVER", "75 and over"))),
    SEX("Sex", List.of(new Group("FEMALE", "Female"), new Group("MALE", "Male"))),
    DISABILITY(
            "Disability",
            List.of(
                    new Group("DISABLED", "Disabled under the Equality Act 2010"),
                    new Group("NOT_DISABLED", "Not disabled"))),
    ETHNIC_GROUP(
            "Ethnic group",
            List.of(
                    new Group("ASIAN", "Asian, Asian British or Asian Welsh"),
                    new Group("BLACK", "Black, Black British, Black Welsh, Caribbean or African"),
                    new Group("MIXED", "Mixed or multiple ethnic groups"),
                    new Group("WHITE", "White"),
                    new Group("OTHER", "Other ethnic group")));

    /** The answer of a resident who chose not to say: recorded, and never counted in any group. */
    public static final String PREFER_NOT_TO_SAY = "PREFER_NOT_TO_SAY";

    private final String label;
    private final List<Group> groups;

    EqualityCharacteristic(String label, List<Group> groups) {
        this.label = label;
        this.groups = groups;
    }

    public String label() {
        return label;
    }

    public List<Group> groups() {
        return groups;
    }

    public Optional<Group> group(String code) {
        return groups.stream().filter(group -> group.code().equals(code)).findFirst();
    }

    /** Whether {@code answer} is one a resident may give: a group's code or prefer not to say. */
    public boolean accepts(String answer) {
        return answer.equals(PREFER_NOT_TO_SAY) || group(answer).isPresent();
    }

    /** One group of a characteristic: its code, as stored and sent, and its words. */
    public record Group(String code, String label) {}
}

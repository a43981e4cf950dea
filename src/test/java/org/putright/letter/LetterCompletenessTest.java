package org.putright.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.putright.code.CodeRule;
import org.putright.code.RuleBroken;
import org.putright.letter.LetterType.Requirement;

class LetterCompletenessTest {

    /** Every letter type, at each stage it is issued at, with each item it requires. */
    static Stream<Arguments> everyRequiredItem() {
        return Stream.of(LetterType.values()).flatMap(type -> Stream.of(1, 2)
                .filter(stage -> type != LetterType.REFUSAL || stage == 1)
                .filter(stage -> type != LetterType.ESCALATION_REFUSAL || stage == 2)
                .flatMap(stage ->
                        type.requirements().stream().map(requirement -> Arguments.of(type, stage, requirement))));
    }

    @ParameterizedTest(name = "{0} at stage {1} without {2}")
    @MethodSource("everyRequiredItem")
    void refusesALetterWhoseContentLacksARequiredItemNamingIt(LetterType type, int stage, Requirement requirement) {
        LetterContent content = LetterFixtures.complete(type, stage).without(requirement.item());

        RuleBroken refused = catchThrowableOfType(RuleBroken.class, () -> LetterCompleteness.checkContent(content));

        assertThat(refused).as("a %s without %s", type, requirement.item()).isNotNull();
        assertThat(refused.rule()).isEqualTo(requirement.rule());
        assertThat(refused.provision()).contains(requirement.rule().provisionAt(stage));
        assertThat(refused.detail()).contains("is missing " + requirement.inWords());
    }

    @ParameterizedTest(name = "{0} at stage {1} whose template leaves out {2}")
    @MethodSource("everyRequiredItem")
    void refusesARenderingThatLeftOutARequiredItemNamingIt(LetterType type, int stage, Requirement requirement) {
        LetterContent content = LetterFixtures.complete(type, stage);
        Set<LetterItem> rendered = EnumSet.copyOf(type.items());
        rendered.remove(requirement.item());

        RuleBroken refused = catchThrowableOfType(RuleBroken.class, () -> LetterCompleteness.check(content, rendered));

        assertThat(refused).isNotNull();
        assertThat(refused.detail())
                .contains(requirement.inWords())
                .contains("pr:item=\"" + requirement.item().placeholder() + "\"");
    }

    @ParameterizedTest
    @EnumSource(LetterType.class)
    void issuesALetterThatHasEveryItem(LetterType type) {
        LetterContent content = LetterFixtures.complete(type, type == LetterType.ESCALATION_REFUSAL ? 2 : 1);

        assertThatCode(() -> LetterCompleteness.check(content, EnumSet.copyOf(type.items())))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(LetterType.class)
    void aBlankSectionCountsAsMissing(LetterType type) {
        Requirement first = type.requirements().getFirst();
        LetterContent complete = LetterFixtures.complete(type, 1);
        var sections = new java.util.EnumMap<>(complete.sections());
        sections.put(
                first.item(),
                java.util.List.of(new Block.Paragraph("  "), new Block.Items(java.util.List.of(" "), true)));
        LetterContent blank = new LetterContent(
                type,
                1,
                complete.reference(),
                complete.issuedAt(),
                complete.recipient(),
                complete.landlordName(),
                sections,
                complete.texts(),
                complete.conditions());

        assertThat(catchThrowableOfType(RuleBroken.class, () -> LetterCompleteness.checkContent(blank)))
                .isNotNull();
    }

    @org.junit.jupiter.api.Test
    void aResponseWithoutItsRemedyCitesSixNineAtStageOneAndSixNineteenAtStageTwo() {
        RuleBroken stageOne = catchThrowableOfType(
                RuleBroken.class,
                () -> LetterCompleteness.checkContent(
                        LetterFixtures.complete(LetterType.RESPONSE, 1).without(LetterItem.REMEDY)));
        RuleBroken stageTwo = catchThrowableOfType(
                RuleBroken.class,
                () -> LetterCompleteness.checkContent(
                        LetterFixtures.complete(LetterType.RESPONSE, 2).without(LetterItem.REMEDY)));

        assertThat(stageOne.rule()).isEqualTo(CodeRule.LETTER_INCOMPLETE);
        assertThat(stageOne.provision().orElseThrow()).hasToString("6.9");
        assertThat(stageTwo.provision().orElseThrow()).hasToString("6.19");
        assertThat(stageOne.detail())
                .isEqualTo("The stage 1 response letter is missing item e: the details of any remedy offered to put"
                        + " things right.");
    }
}

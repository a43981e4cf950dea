package org.putright.demo;

import java.util.List;
import org.putright.complaint.Definition;
import org.putright.complaint.RemedyType;

/**
 * The words of complaints about rent and charges: a recharge, a payment on the wrong account, a
 * service charge and a notice seeking possession.
 */
final class RentAndChargesWording {

    static final Wording WORDING = new Wording(
            List.of(
                    new Issue(
                            "I've been charged £{charge} for a repair that was your responsibility, not mine.",
                            "Recharge of £{charge} for a repair the resident says was the landlord's responsibility",
                            "Cancel the recharge",
                            "The repair was needed because of fair wear and tear, which is our responsibility under"
                                    + " the tenancy agreement; the recharge should not have been raised.",
                            "The operative's photographs show damage to the door that is not fair wear and tear, and"
                                    + " the recharge follows our recharge policy. You can pay it in instalments.",
                            "Remove the recharge from the resident's account",
                            RemedyType.DECISION_CHANGED,
                            "The recharge of £{charge} cancelled"),
                    new Issue(
                            "My rent account says I'm in arrears but I pay by direct debit every month. A payment"
                                    + " has gone on the wrong account.",
                            "A payment put on the wrong account, showing arrears that are not owed",
                            "Correct the rent account and stop the arrears letters",
                            "The payment in {month} was put on another tenant's account by mistake.",
                            "The arrears are owed: the direct debit failed in {month} because the bank cancelled the"
                                    + " mandate. We have set up a new direct debit with you.",
                            "Check the account balance with the resident after the correction",
                            RemedyType.RECORD_AMENDED,
                            "Your rent account corrected and the arrears letters withdrawn"),
                    new Issue(
                            "The service charge went up a lot this year and nobody has explained what it's for.",
                            "Unexplained increase in the service charge",
                            "A breakdown of the charge",
                            "The increase letter did not give the breakdown our service charge policy requires.",
                            "The letter in {month} set out the breakdown: the increase pays for the new communal"
                                    + " cleaning contract, which residents were consulted about.",
                            "Send the resident a full breakdown of the service charge",
                            RemedyType.EXPLANATION,
                            "A full breakdown of the service charge and how it is worked out"),
                    new Issue(
                            "I got a notice seeking possession for arrears while my universal credit claim was still"
                                    + " being sorted out, after I'd told you about it.",
                            "Notice seeking possession served while a benefit claim was pending",
                            "Withdraw the notice and agree a payment plan",
                            "Our income policy says we do not serve a notice while a benefit claim we know about is"
                                    + " pending; the note of your call was not seen before the notice was served.",
                            "The notice was served after three months of arrears with no contact; your call about"
                                    + " the universal credit claim came after it was served. We have agreed a"
                                    + " payment plan with you.",
                            "Refer the resident for money advice and agree a payment plan",
                            RemedyType.DECISION_CHANGED,
                            "The notice seeking possession withdrawn")),
            List.of(
                    "I'm worried sick about losing my home.",
                    "I can't afford to pay for something that isn't my fault.",
                    "The letters keep coming and it's frightening."),
            List.of(
                    new Definition.NotResponsible(
                            "Payment of the universal credit housing element", "the Department for Work and Pensions"),
                    new Definition.NotResponsible("Council tax", "Riverside Borough Council")));

    private RentAndChargesWording() {}
}

package fi.polku.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RuleSetTest {
    @Test
    void aSourceIsCitedByTheNumbersOfTheActsInItsStatutePartOnly() {
        RuleSet.Param<Integer> p = new RuleSet.Param<>("changeSecurity.minAge", 55,
                "Act 916/2012 ch. 5 a § 2 (added by 670/2022), carried into Act 380/2023 | 55 by the day of dismissal | see 1/2099", true);
        assertEquals(new RuleSet.Cite("916/2012, 670/2022, 380/2023", true, true), p.cite());
        assertEquals("cite.acts", p.cite().key());
        RuleSet.Param<Boolean> plain = new RuleSet.Param<>("x", true, "the service plan | no act named", false);
        assertEquals(new RuleSet.Cite("the service plan", false, false), plain.cite());
    }
}

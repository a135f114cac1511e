package fi.polku.itests;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;

/**
 * Every Pax Exam class on one platform: the classes are {@code PerSuite}, and a suite is what lets
 * Pax Exam know them all before the first starts (each adds its tests to the one probe), so the
 * platform starts once and stops after the last, instead of once a class (about 20 s each on two
 * cores). Each class leaves the platform as it found it (a module it remaps, a config file it
 * edits, a bundle it installs, put back in a {@code finally}); the data they write already
 * shared one database.
 *
 * <p>A Pax Exam class belongs here, never run on its own by Surefire (the pom excludes each): a
 * {@code PerSuite} class run after the suite ended would find its platform stopped.
 */
@RunWith(Suite.class)
@Suite.SuiteClasses({
    AccountsTest.class,
    ApiMatrixTest.class,
    AppointmentsTest.class,
    CooperationTest.class,
    GuidanceTest.class,
    ModulesUnderLoadTest.class,
    OhjaamoTest.class,
    PlacementTest.class,
    PlatformTest.class,
    SubsidiesTest.class,
    TrainingTest.class,
    TrialsTest.class,
})
public class PlatformSuite {}

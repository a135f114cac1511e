package fi.polku.configinstaller.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PidTest {
    @Test
    void plainFileIsASingletonConfiguration() {
        JsonConfigInstaller.Pid p = JsonConfigInstaller.Pid.of("fi.polku.web.session.cfg.json");
        assertEquals("fi.polku.web.session", p.pid());
        assertNull(p.factoryPid());
    }

    @Test
    void tildeNamesAFactoryConfiguration() {
        JsonConfigInstaller.Pid p = JsonConfigInstaller.Pid.of("fi.polku.municipality~kotka.cfg.json");
        assertEquals("fi.polku.municipality", p.factoryPid());
        assertEquals("kotka", p.name());
    }
}

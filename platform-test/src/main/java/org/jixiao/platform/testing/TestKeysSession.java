package org.jixiao.platform.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Makes the run's key pair before any test class starts Quarkus, which reads the public key at boot. */
public class TestKeysSession implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        TestKeys.ensure();
    }
}

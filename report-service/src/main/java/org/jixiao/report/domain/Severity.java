package org.jixiao.report.domain;

/** FATAL blocks publishing; WARNING is shown and kept with the version. */
public enum Severity {
    FATAL, WARNING
}

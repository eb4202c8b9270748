package org.jixiao.budget.domain;

/** Which funding sources an execution figure covers. */
public enum Scope {
    /** 市本级财政拨款 only: the model report's headline scope. */
    MUNICIPAL,
    /** Every funding source. */
    ALL;

    public boolean includes(FundingSource source) {
        return this == ALL || source == FundingSource.MUNICIPAL;
    }
}

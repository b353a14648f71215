package io.crmkit.core.ticket;

/**
 * What one run of the SLA due work did: how many tickets it changed, the warnings and breaches it
 * raised and the escalation actions it took. A second run at the same instant does nothing.
 *
 * @param tickets tickets changed
 * @param warnings warnings raised
 * @param breaches breaches raised
 * @param escalations escalation actions taken
 * @since 0.1
 */
public record SlaDueWork(int tickets, int warnings, int breaches, int escalations) {}

/** The audit trail: who changed which customer, agent, team or setting, when, and what changed. */
package io.frontline.audit;

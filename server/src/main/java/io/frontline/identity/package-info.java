/** Agents, roles, teams, skills, API tokens and sign-in: who may do what in Frontline. */
package io.frontline.identity;

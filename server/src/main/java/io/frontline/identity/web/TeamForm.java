package io.frontline.identity.web;

import io.frontline.identity.TeamKind;

record TeamForm(String name, TeamKind kind, String description) {}

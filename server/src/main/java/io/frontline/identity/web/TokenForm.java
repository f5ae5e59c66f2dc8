package io.frontline.identity.web;

record TokenForm(String name) {}

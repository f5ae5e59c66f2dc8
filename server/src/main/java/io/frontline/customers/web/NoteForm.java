package io.frontline.customers.web;

record NoteForm(String body) {}

/** The CRM: customers, their emails, phones and handles, organizations, notes and merging of duplicates. */
package io.frontline.customers;

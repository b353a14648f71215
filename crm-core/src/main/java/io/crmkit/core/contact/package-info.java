/**
 * Contacts: the people the tenant's business deals with, their emails, phones, addresses, social
 * profiles, tags, custom fields, links to companies and lifecycle stage.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.contact;

import org.jspecify.annotations.NullMarked;

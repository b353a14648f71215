package io.crmkit.scoring.knowledge;

import io.crmkit.core.Crm;
import io.crmkit.core.knowledge.Article;
import io.crmkit.core.knowledge.ArticleContent;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small, realistic help centre of a SaaS product, for ranking tests. */
final class SupportArticles {

  private SupportArticles() {}

  /** Writes and publishes the articles in {@code crm}; returns them by a short name. */
  static Map<String, Article> publishIn(Crm crm) {
    Map<String, Article> articles = new LinkedHashMap<>();
    put(
        crm,
        articles,
        "password",
        "Reset your password",
        "If you forgot your password, open the sign-in page and choose 'Forgot password'. "
            + "We email you a link to choose a new password. The link expires after one hour.",
        "login",
        "account");
    put(
        crm,
        articles,
        "twofactor",
        "Set up two-factor authentication",
        "Protect your account with a second step at sign-in. Install an authenticator app, "
            + "scan the QR code under Security settings and enter the six-digit code.",
        "security",
        "login");
    put(
        crm,
        articles,
        "invoices",
        "Download your invoices",
        "Every invoice is on the Billing page. Choose a month and download the invoice as PDF. "
            + "Accountants can get invoices emailed automatically every month.",
        "billing");
    put(
        crm,
        articles,
        "card",
        "Update the credit card for your subscription",
        "Payments are charged to the card on file. To change the card, open Billing, then "
            + "Payment methods, and add a new card before the next renewal.",
        "billing",
        "payment");
    put(
        crm,
        articles,
        "refund",
        "Refund policy",
        "You can cancel within 30 days of purchase and get your money back. Refunds are paid "
            + "to the original payment method within five business days.",
        "billing");
    put(
        crm,
        articles,
        "cancel",
        "Cancel your subscription",
        "Owners can cancel the subscription under Billing. Your data stays available until the "
            + "end of the paid period; after that, the workspace is deleted.",
        "billing",
        "account");
    put(
        crm,
        articles,
        "import",
        "Import contacts from a CSV file",
        "Prepare a spreadsheet with one contact per row, save it as CSV and upload it under "
            + "Contacts, Import. Columns are matched to fields; rows with errors are reported.",
        "contacts");
    put(
        crm,
        articles,
        "export",
        "Export your data",
        "Download every contact, company and deal as CSV files from Settings, Data export. "
            + "Large exports are prepared in the background and emailed to you.",
        "data");
    put(
        crm,
        articles,
        "email",
        "Change the email address of your account",
        "Open Profile and type the new address. We send a confirmation message to it; the "
            + "change takes effect once you confirm.",
        "account");
    put(
        crm,
        articles,
        "users",
        "Invite teammates to your workspace",
        "Admins can add users under Settings, Team. Each invited teammate receives an email "
            + "invitation and chooses a role: admin, member or viewer.",
        "team");
    put(
        crm,
        articles,
        "sync",
        "Connect your calendar",
        "Sync meetings with Google Calendar or Outlook under Integrations. Meetings booked by "
            + "contacts appear on their timeline.",
        "integrations");
    put(
        crm,
        articles,
        "slow",
        "The app is slow or does not load",
        "Clear the browser cache, disable extensions and check our status page. If pages still "
            + "load slowly, send us the time and the page that was slow.",
        "troubleshooting");
    return articles;
  }

  private static void put(
      Crm crm,
      Map<String, Article> articles,
      String name,
      String title,
      String body,
      String... tags) {
    Article draft =
        crm.knowledge().create(ArticleContent.builder().title(title).body(body).tags(tags).build());
    articles.put(name, crm.knowledge().publish(draft));
  }
}

package org.icsdocs.core.model;

@Doc("Where the public sends a request for information or a complaint: the pages on freedom of information and complaints print these.")
public record Transparency(
        @Doc("Email address for freedom of information requests.") String foiEmail,
        @Doc("Postal address for freedom of information requests, on one line.") String foiAddress,
        @Doc("Email address for complaints.") String complaintsEmail,
        @Doc("Telephone number for complaints, as it should be printed.") String complaintsPhone,
        @Doc("Postal address for complaints, on one line.") String complaintsAddress,
        @Doc("Where complaints about particular services go instead, e.g. primary care complaints to a regional hub; printed on the complaints page.") String complaintsNote,
        Span at) {
}

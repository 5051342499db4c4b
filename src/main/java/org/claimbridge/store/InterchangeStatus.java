package org.claimbridge.store;

/** The stage of an interchange (claim file) on its way to the clearinghouse. */
public enum InterchangeStatus {
    /** X12 written and stored; not yet encrypted. */
    BUILT,
    /** OpenPGP file stored; waiting for a successful upload, retried with backoff. */
    ENCRYPTED,
    /** Uploaded and renamed to its final name on the clearinghouse's server. */
    UPLOADED
}

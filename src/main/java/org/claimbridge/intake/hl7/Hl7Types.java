package org.claimbridge.intake.hl7;

import java.util.Locale;

import ca.uhn.hl7v2.model.Segment;

import org.claimbridge.claims.model.Address;
import org.claimbridge.claims.model.PersonName;
import org.claimbridge.claims.model.Provider;

/** Readers of the HL7 v2 composite types the intake uses: XPN names, XAD addresses, XCN providers and XTN phones. */
final class Hl7Types {

    private static final String NPI_TYPE = "NPI";
    private static final int NPI_LENGTH = 10;
    private static final int ZIP_PLUS_FOUR_LENGTH = 10;

    private Hl7Types() {
    }

    /**
     * Reads the first repetition of an XPN field, where HL7 v2 puts the legal name; null when it is empty.
     */
    static PersonName personName(Segment segment, int field) {
        PersonName name = new PersonName(
                Fields.value(segment, field, 0, 1, 1),
                Fields.value(segment, field, 0, 2, 1),
                Fields.value(segment, field, 0, 3, 1),
                Fields.value(segment, field, 0, 4, 1));
        return isEmpty(name) ? null : name;
    }

    /**
     * Reads the first repetition of an XAD field: street (SAD first subcomponent), other designation, city,
     * state (upper case) and ZIP (ZIP+4 without its hyphen). Returns null when all are empty.
     */
    static Address address(Segment segment, int field) {
        String line1 = Fields.value(segment, field, 0, 1, 1);
        String line2 = Fields.value(segment, field, 0, 2, 1);
        String city = Fields.value(segment, field, 0, 3, 1);
        String state = Fields.value(segment, field, 0, 4, 1);
        String zip = Fields.value(segment, field, 0, 5, 1);
        if (line1 == null && line2 == null && city == null && state == null && zip == null) {
            return null;
        }
        return new Address(line1, line2, city, state == null ? null : state.toUpperCase(Locale.ROOT), zipDigits(zip));
    }

    /**
     * Reads the provider of the first repetition of an XCN field when its id (XCN-1) is an NPI: the identifier
     * type (XCN-13) is NPI or the id has 10 digits. Returns null for other ids, which the 837P cannot use.
     */
    static Provider npiProvider(Segment segment, int field) {
        String id = Fields.value(segment, field, 0, 1, 1);
        if (id == null) {
            return null;
        }
        boolean typedNpi = NPI_TYPE.equals(Fields.code(segment, field, 0, 13));
        if (!typedNpi && !isTenDigits(id)) {
            return null;
        }
        PersonName name = new PersonName(
                Fields.value(segment, field, 0, 2, 1),
                Fields.value(segment, field, 0, 3, 1),
                Fields.value(segment, field, 0, 4, 1),
                Fields.value(segment, field, 0, 5, 1));
        return new Provider(id, isEmpty(name) ? null : name);
    }

    /**
     * Reads the phone number of the first repetition of an XTN field: the area code (XTN-6) and local number
     * (XTN-7) that v2.3 added, else the formatted number of XTN-1, which older senders fill. Returns null when
     * both are empty.
     */
    static String phone(Segment segment, int field) {
        String areaCode = Fields.value(segment, field, 0, 6, 1);
        String localNumber = Fields.value(segment, field, 0, 7, 1);
        if (localNumber != null) {
            return areaCode == null ? localNumber : areaCode + localNumber;
        }
        return Fields.value(segment, field, 0, 1, 1);
    }

    private static boolean isTenDigits(String id) {
        if (id.length() != NPI_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Drops the hyphen of a ZIP+4 written as 12345-6789; other values are returned as they are. */
    private static String zipDigits(String zip) {
        if (zip != null && zip.length() == ZIP_PLUS_FOUR_LENGTH && zip.charAt(5) == '-') {
            return zip.substring(0, 5) + zip.substring(6);
        }
        return zip;
    }

    private static boolean isEmpty(PersonName name) {
        return name.last() == null && name.first() == null && name.middle() == null && name.suffix() == null;
    }
}

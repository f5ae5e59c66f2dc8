package io.frontline.channels.email.mime;

import java.io.ByteArrayOutputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSTypedData;

/** Looks inside an {@code application/pkcs7-mime} body: the signed content of opaque signed-data, or "encrypted". */
final class Smime {

    enum Kind {
        SIGNED,
        ENCRYPTED,
        UNKNOWN
    }

    record Opened(Kind kind, byte[] content) {}

    private Smime() {}

    /** The CMS structure's kind, and for signed-data the MIME entity it carries (not verified: display only). */
    static Opened open(byte[] der) {
        try {
            ContentInfo info = ContentInfo.getInstance(ASN1Primitive.fromByteArray(der));
            ASN1ObjectIdentifier type = info.getContentType();
            if (CMSObjectIdentifiers.envelopedData.equals(type)
                    || CMSObjectIdentifiers.authEnvelopedData.equals(type)
                    || CMSObjectIdentifiers.encryptedData.equals(type)) {
                return new Opened(Kind.ENCRYPTED, null);
            }
            if (CMSObjectIdentifiers.signedData.equals(type)) {
                CMSTypedData content = new CMSSignedData(info).getSignedContent();
                if (content != null) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    content.write(out);
                    return new Opened(Kind.SIGNED, out.toByteArray());
                }
            }
        } catch (Exception | StackOverflowError e) {
            // not CMS, or broken: the caller keeps the part as an attachment
        }
        return new Opened(Kind.UNKNOWN, null);
    }
}

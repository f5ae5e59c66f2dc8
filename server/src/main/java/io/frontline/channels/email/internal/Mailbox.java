package io.frontline.channels.email.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A support address. Passwords are held encrypted ({@link SecretBox}); this class never decrypts them and has no
 * {@code toString}, so they cannot end up in a log line by accident.
 */
@Entity
@Table(name = "mailbox")
public class Mailbox {

    /** How a connection is protected: {@code TLS} from the first byte, {@code STARTTLS} upgraded, or plain. */
    public enum Security {
        NONE,
        TLS,
        STARTTLS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mailbox_seq")
    @SequenceGenerator(name = "mailbox_seq", sequenceName = "mailbox_seq", allocationSize = 50)
    private Long id;

    private String address;
    private String displayName;
    private Long teamId;
    private boolean active = true;

    private String imapHost;
    private Integer imapPort;

    @Enumerated(EnumType.STRING)
    private Security imapSecurity;

    private String imapUsername;

    @Column(name = "imap_password")
    private String imapPasswordSealed;

    private String imapFolder;
    private int pollSeconds = 60;
    private Long imapUidValidity;
    private Long imapLastUid;

    private String smtpHost;
    private Integer smtpPort;

    @Enumerated(EnumType.STRING)
    private Security smtpSecurity;

    private String smtpUsername;

    @Column(name = "smtp_password")
    private String smtpPasswordSealed;

    private boolean ccFollowers = true;
    private boolean acknowledge;
    private String ackSubject;
    private String ackBody;
    private Instant lastPolledAt;
    private String lastError;
    private Instant lastErrorAt;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Mailbox() {}

    public Mailbox(String address, Instant now) {
        this.address = address;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public boolean canReceive() {
        return active && imapHost != null && !imapHost.isBlank();
    }

    public boolean canSend() {
        return active && smtpHost != null && !smtpHost.isBlank();
    }

    public Long getId() {
        return id;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getImapHost() {
        return imapHost;
    }

    public void setImapHost(String imapHost) {
        this.imapHost = imapHost;
    }

    public Integer getImapPort() {
        return imapPort;
    }

    public void setImapPort(Integer imapPort) {
        this.imapPort = imapPort;
    }

    public Security getImapSecurity() {
        return imapSecurity;
    }

    public void setImapSecurity(Security imapSecurity) {
        this.imapSecurity = imapSecurity;
    }

    public String getImapUsername() {
        return imapUsername;
    }

    public void setImapUsername(String imapUsername) {
        this.imapUsername = imapUsername;
    }

    public String getImapPasswordSealed() {
        return imapPasswordSealed;
    }

    public void setImapPasswordSealed(String sealed) {
        this.imapPasswordSealed = sealed;
    }

    public String getImapFolder() {
        return imapFolder == null || imapFolder.isBlank() ? "INBOX" : imapFolder;
    }

    public void setImapFolder(String imapFolder) {
        this.imapFolder = imapFolder;
    }

    public int getPollSeconds() {
        return pollSeconds;
    }

    public void setPollSeconds(int pollSeconds) {
        this.pollSeconds = pollSeconds;
    }

    public Long getImapUidValidity() {
        return imapUidValidity;
    }

    public Long getImapLastUid() {
        return imapLastUid;
    }

    public String getSmtpHost() {
        return smtpHost;
    }

    public void setSmtpHost(String smtpHost) {
        this.smtpHost = smtpHost;
    }

    public Integer getSmtpPort() {
        return smtpPort;
    }

    public void setSmtpPort(Integer smtpPort) {
        this.smtpPort = smtpPort;
    }

    public Security getSmtpSecurity() {
        return smtpSecurity;
    }

    public void setSmtpSecurity(Security smtpSecurity) {
        this.smtpSecurity = smtpSecurity;
    }

    public String getSmtpUsername() {
        return smtpUsername;
    }

    public void setSmtpUsername(String smtpUsername) {
        this.smtpUsername = smtpUsername;
    }

    public String getSmtpPasswordSealed() {
        return smtpPasswordSealed;
    }

    public void setSmtpPasswordSealed(String sealed) {
        this.smtpPasswordSealed = sealed;
    }

    public boolean isCcFollowers() {
        return ccFollowers;
    }

    public void setCcFollowers(boolean ccFollowers) {
        this.ccFollowers = ccFollowers;
    }

    public boolean isAcknowledge() {
        return acknowledge;
    }

    public void setAcknowledge(boolean acknowledge) {
        this.acknowledge = acknowledge;
    }

    public String getAckSubject() {
        return ackSubject;
    }

    public void setAckSubject(String ackSubject) {
        this.ackSubject = ackSubject;
    }

    public String getAckBody() {
        return ackBody;
    }

    public void setAckBody(String ackBody) {
        this.ackBody = ackBody;
    }

    public Instant getLastPolledAt() {
        return lastPolledAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getLastErrorAt() {
        return lastErrorAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public long getVersion() {
        return version;
    }
}

package app.roster.messaging.boundary;

import app.roster.messaging.control.MailSettings;
import app.roster.messaging.entity.Channel;
import app.roster.messaging.entity.MessageStatus;
import app.roster.platform.Messages;
import app.roster.platform.PageRequest;
import app.roster.platform.RosterException;
import app.roster.security.Permission;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Settings → Outbox: the messages Roster sent, captured or is still trying to send, with filters,
 * the body of captured messages, and a test email. View-scoped so the filters and the open message
 * survive the table's Ajax requests. Access is decided by {@link Outbox}; the check here only turns
 * a refusal into a proper 403 page instead of a broken table.
 */
@Named
@ViewScoped
public class OutboxView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  /** Shown above captured HTML inside the sandbox: no scripts, no remote images or fonts. */
  private static final String PREVIEW_POLICY =
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
          + " img-src data:; style-src 'unsafe-inline'\">";

  @Inject Outbox outbox;

  @Inject MailSettings mail;

  private String recipient;
  private Channel channel;
  private MessageStatus status;
  private String testAddress;
  private OutboxEntry selected;

  private final LazyDataModel<OutboxEntry> messages = new MessageRows();

  /** Refuses the page to callers without outbox.view, before anything is rendered. */
  public void checkAccess() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!faces.getExternalContext().isUserInRole(Permission.OUTBOX_VIEW)) {
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
    }
  }

  /** Opens the dialog with a fresh copy of the message the admin clicked. */
  public void onSelect(SelectEvent<OutboxEntry> event) {
    selected = outbox.find(event.getObject().id());
  }

  public void sendTest() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      long id = outbox.sendTest(testAddress);
      String text = Messages.get(faces.getViewRoot().getLocale(), "outbox.test.queued", id);
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
      testAddress = null;
    } catch (RosterException e) {
      String text = Messages.get(faces.getViewRoot().getLocale(), e.messageKey());
      faces.addMessage("test:testTo", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      faces.validationFailed();
      PrimeFaces.current().ajax().addCallbackParam("failed", true);
    }
  }

  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  /** The coloured tag of a status. */
  public String severity(MessageStatus value) {
    return switch (value) {
      case SENT -> "success";
      case CAPTURED -> "info";
      case PENDING, SENDING -> "warning";
      case FAILED -> "danger";
    };
  }

  /** The captured HTML as a document for a sandboxed iframe, under a strict content policy. */
  public String getHtmlPreview() {
    return selected == null || selected.htmlBody() == null
        ? ""
        : PREVIEW_POLICY + selected.htmlBody();
  }

  public boolean isCaptureMode() {
    return !mail.isConfigured();
  }

  public String getMailServer() {
    return mail.server();
  }

  public List<Channel> getChannels() {
    return List.of(Channel.values());
  }

  public List<MessageStatus> getStatuses() {
    return List.of(MessageStatus.values());
  }

  public LazyDataModel<OutboxEntry> getMessages() {
    return messages;
  }

  public OutboxEntry getSelected() {
    return selected;
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public MessageStatus getStatus() {
    return status;
  }

  public void setStatus(MessageStatus status) {
    this.status = status;
  }

  public String getTestAddress() {
    return testAddress;
  }

  public void setTestAddress(String testAddress) {
    this.testAddress = testAddress;
  }

  private OutboxFilter filter() {
    return new OutboxFilter(recipient, channel, status);
  }

  /** The table's rows, one page at a time, with the filters above the table. */
  private final class MessageRows extends LazyDataModel<OutboxEntry> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(outbox.count(filter()), Integer.MAX_VALUE);
    }

    @Override
    public List<OutboxEntry> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.min(pageSize, PageRequest.MAX_SIZE);
      return outbox.list(filter(), new PageRequest(first / size, size, null)).items();
    }

    @Override
    public String getRowKey(OutboxEntry entry) {
      return String.valueOf(entry.id());
    }

    @Override
    public OutboxEntry getRowData(String rowKey) {
      return getWrappedData().stream()
          .filter(e -> String.valueOf(e.id()).equals(rowKey))
          .findFirst()
          .orElse(null);
    }
  }
}

package app.roster.privacy;

import app.roster.labels.MemberLabels;
import app.roster.members.Member;
import app.roster.members.MemberJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;

/** The export's "profile": the member as the API shows them, labels included. */
@ApplicationScoped
public class ProfileSection implements MemberDataSection {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @PersistenceContext EntityManager em;

  @Inject MemberLabels labels;

  @Override
  public String name() {
    return "profile";
  }

  @Override
  public JsonValue export(long memberId) {
    Member member = em.find(Member.class, memberId);
    if (member == null) {
      return JsonValue.NULL;
    }
    String json = JSONB.toJson(MemberJson.of(member, labels.namesOf(memberId)));
    try (var reader = jakarta.json.Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}

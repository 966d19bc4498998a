package app.roster.bench;

import app.roster.members.SearchTerms;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The members and their search tokens, the tokens computed by the application's own {@link
 * SearchTerms}, so search finds generated members exactly as it finds members added in the console.
 */
final class MemberRows implements Part {

  /** Members written before their tokens; on MySQL a multiple of the LOAD DATA chunk. */
  private static final int CHUNK = 100_000;

  @Override
  public String name() {
    return "members and search tokens";
  }

  @Override
  public String[] tables() {
    return new String[] {"member", "member_search_token"};
  }

  @Override
  public long write(Plan plan, Connection connection, IdRanges ids) throws SQLException {
    try (Rows members = Rows.into(connection, "member", MemberColumns.ALL);
        Rows tokens = Rows.into(connection, "member_search_token", "member_id,token")) {
      List<Plan.GeneratedMember> chunk = new ArrayList<>(CHUNK);
      for (long position = 0; position < plan.members; position++) {
        Plan.GeneratedMember m = plan.member(position);
        chunk.add(m);
        Timestamp created = Timestamp.from(m.createdAt());
        members.add(
            m.id(),
            m.name(),
            m.email(),
            m.emailNorm(),
            m.phoneE164(),
            m.dateOfBirth() == null ? null : Date.valueOf(m.dateOfBirth()),
            m.roleId(),
            m.type(),
            m.externalId(),
            m.status(),
            m.kind(),
            null,
            0,
            0,
            null,
            null,
            created,
            created,
            0L);
        if (chunk.size() == CHUNK || position == plan.members - 1) {
          // The tokens reference their members: on H2 (foreign keys checked) members go first.
          members.flush();
          for (Plan.GeneratedMember c : chunk) {
            for (String token : SearchTerms.tokensFor(c.name(), c.emailNorm(), c.phoneE164())) {
              tokens.add(c.id(), token);
            }
          }
          chunk.clear();
        }
      }
      members.finish();
      tokens.finish();
      return members.written() + tokens.written();
    }
  }
}

package app.roster.bench;

import app.roster.members.SearchTerms;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * The members and their search tokens, the tokens computed by the application's own {@link
 * SearchTerms}, so search finds generated members exactly as it finds members added in the console.
 */
final class MemberRows implements Part {

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
      for (long position = 0; position < plan.members; position++) {
        Plan.GeneratedMember m = plan.member(position);
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
        for (String token : SearchTerms.tokensFor(m.name(), m.emailNorm(), m.phoneE164())) {
          tokens.add(m.id(), token);
        }
      }
      members.finish();
      tokens.finish();
      return members.written() + tokens.written();
    }
  }
}

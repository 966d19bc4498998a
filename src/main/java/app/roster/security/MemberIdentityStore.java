package app.roster.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Roster's members as the platform's identity store: email and password in, groups out. */
@ApplicationScoped
public class MemberIdentityStore implements IdentityStore {

  @Inject SignIns signIns;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return signIns.verify(credential.getCaller(), credential.getPasswordAsString());
  }
}

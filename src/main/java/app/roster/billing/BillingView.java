package app.roster.billing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Settings → Billing and the count in the console header. */
@Named
@RequestScoped
public class BillingView {

  @Inject Billing billing;

  @Inject BillableCount billableCount;

  private Usage usage;

  public Usage getUsage() {
    if (usage == null) {
      usage = billing.usage();
      billableCount.remember(usage.billable());
    }
    return usage;
  }

  /** The header's figure: at most a minute old. */
  public long getBillable() {
    return billableCount.get();
  }
}

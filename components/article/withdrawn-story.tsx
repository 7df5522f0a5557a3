import { StatusPage } from "@/components/ui/status-page";
import { TimeStamp } from "@/components/ui/time-stamp";
import type { WithdrawalNotice } from "@/lib/dal/withdrawn-stories";
import { ar } from "@/lib/i18n/site";

/**
 * What a withdrawn story's address shows instead of the story: that it was withdrawn, why and when.
 * No status code on show: Next cannot answer 410 from a page, so the response is a 200 kept out of search.
 */
export function WithdrawnStory({ notice }: { notice: WithdrawalNotice }) {
  return (
    <StatusPage
      title={ar.withdrawn.title}
      body={notice.note}
      detail={
        <p className="status-page__detail">
          <bdi>{notice.headline}</bdi>
          <br />
          {ar.withdrawn.at} <TimeStamp value={notice.withdrawnAt} />
        </p>
      }
    />
  );
}

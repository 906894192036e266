package id.warta.site;

import java.util.List;

/**
 * What the first page of the home page shows above the newest articles, as a newsroom's front page does.
 *
 * @param lead the lead story: the newest article the editors picked, else the newest article
 * @param bySection each section's newest article other than the lead, in the masthead's order
 * @param picks "Pilihan Redaksi": the newest articles marked {@code pilihan: true}, other than the lead
 */
public record FrontPage(TeaserView lead, List<SectionTeaser> bySection, List<TeaserView> picks) {

    public FrontPage {
        bySection = List.copyOf(bySection);
        picks = List.copyOf(picks);
    }

    /**
     * A section's newest article.
     *
     * @param section the section, linking to its page
     * @param teaser its newest article
     */
    public record SectionTeaser(LinkView section, TeaserView teaser) { }
}

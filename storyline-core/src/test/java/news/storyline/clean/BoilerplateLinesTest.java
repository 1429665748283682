package news.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateLinesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "By Jane Arraf|BYLINE",
            "By Ahmed Rasheed and Isabel Coles in Baghdad|BYLINE",
            "BY J. R. SMITH, AFP|BYLINE",
            "By Sarah Haddad, Correspondent June 10, 2014|BYLINE",
            "(Reporting by Ahmed Rasheed; Editing by Tom Heneghan)|BYLINE",
            "Additional reporting by Maggie Fick in Cairo|BYLINE",
            "Also Read|READ_ALSO",
            "ALSO READ: Iraq violence kills 50 in Baghdad|READ_ALSO",
            "Read more: How the army lost Mosul|READ_ALSO",
            "Related Stories|READ_ALSO",
            "You may also like|READ_ALSO",
            "Soldiers at a checkpoint near Mosul. AFP PHOTO/HAIDAR HAMDANI Image Credit: AFP|IMAGE_CAPTION",
            "A man walks past a burnt vehicle. REUTERS/Stringer|IMAGE_CAPTION",
            "Photo: AFP|IMAGE_CAPTION",
            "(Photo by John Moore/Getty Images)|IMAGE_CAPTION",
            "Share this article|SHARE_SUBSCRIBE",
            "Follow us on Twitter and Facebook|SHARE_SUBSCRIBE",
            "Sign up for our daily newsletter|SHARE_SUBSCRIBE",
            "Advertisement|SHARE_SUBSCRIBE",
            "© 2014 Gulf News. All rights reserved.|SHARE_SUBSCRIBE",
            "12 comments|SHARE_SUBSCRIBE",
            "IMAGE SOURCE, REUTERS|IMAGE_CAPTION",
            "Image caption, Sandbanks now stretch across half the channel|IMAGE_CAPTION",
            "Italy drought: Po river runs dry Published 4 July 2022|READ_ALSO",
            "Explore more on these topics|READ_ALSO",
            "Share Reuse this content|SHARE_SUBSCRIBE",
            "Save|SHARE_SUBSCRIBE",
            "Purchase Licensing Rights|SHARE_SUBSCRIBE",
            "We have a small favour to ask. Millions of readers turn to us every month for journalism that is free for"
                    + " everyone, and our reporting is funded by readers like you.|SHARE_SUBSCRIBE",
            "Become a member today and get the print edition at home|SHARE_SUBSCRIBE",
            "Hannah Ellis-Petersen in Delhi|BYLINE",
            "By Sam Byford on June 29, 2014 08:08 pm @345triangle|BYLINE",
            "Par LILIAN ALEMAGNA, LAURE BRETTON Envoyés spéciaux à Toulouse|BYLINE",
            "Von Anna Schmidt und Jonas Weber|BYLINE",
            "Doug Stanglin, USA TODAY 8:42 a.m. EDT October 3, 2014|BYLINE",
            "Follow|SHARE_SUBSCRIBE",
            "Lire aussi : Les négociations reprennent à Bruxelles|READ_ALSO",
            "Lesen Sie auch: Was die Reform für Mieter bedeutet|READ_ALSO",
            "Читайте также: Переговоры продолжатся в понедельник|READ_ALSO",
            "اقرأ أيضا: المفاوضات تستأنف|READ_ALSO",
            "相关新闻|READ_ALSO",
            "Anzeige|SHARE_SUBSCRIBE",
            "Devenez fan sur , suivez-nous sur|SHARE_SUBSCRIBE",
            "Folgen Sie uns auf Twitter|SHARE_SUBSCRIBE",
            "최윤호 기자 uknow@donga.com|BYLINE",
            "By Jane Arraf jane.arraf@example.com|BYLINE",
            "Publicidad|SHARE_SUBSCRIBE",
            "Реклама|SHARE_SUBSCRIBE",
            "By: Marguerite Reardon August 18, 2010 3:21 PM PDT|BYLINE",
            "By Seth Fiegerman 2014-01-26 21:32:46 UTC|BYLINE",
            "(Credit: Marguerite Reardon/CNET)|IMAGE_CAPTION",
            "Courtesy G4|IMAGE_CAPTION",
            "April 30, 2024 9:15 PM UTC Updated ago|DATELINE",
            "Fri 12 Apr 2024 09.30 BST|DATELINE",
            "Updated 2 minutes ago|DATELINE",
            "Posted on March 2, 2024|DATELINE",
            "Originally published 05/03/2013 at 10:20 AM EDT|DATELINE",
            "Published 4 July 2022|DATELINE",
            "20:45|DATELINE",
            "Начало » България|PAGE_FURNITURE",
            "Home › News › World|PAGE_FURNITURE",
            "Бизнес // Финансы|PAGE_FURNITURE",
            "Размер на шрифта:|SHARE_SUBSCRIBE",
            "Drucken|SHARE_SUBSCRIBE",
            "hirdetés|SHARE_SUBSCRIBE",
            "Comments (29)|SHARE_SUBSCRIBE",
            "Get TMZ Breaking News alerts to your inbox|SHARE_SUBSCRIBE",
            "hirdetes_kapcsolo: 1|PAGE_FURNITURE",
            "EXCLUSIVE|PAGE_FURNITURE",
            "Fot. alphaspirit/iStockphoto|IMAGE_CAPTION",
            "Фото: РИА Новости|IMAGE_CAPTION",
            "Shutterstock|IMAGE_CAPTION",
            "Етикети: Бойко Борисов, горива|READ_ALSO",
            "BuzzFeed News Reporter|BYLINE",
            "eHow Contributor|BYLINE",
            "Senior Political Editor|BYLINE",
            "Staff Writer|BYLINE",
            "Reviewed by Hansa D. Bhargava, MD|BYLINE",
            "Illustration by Mike Nudelman|IMAGE_CAPTION",
            "Portrait by George Del Barrio|IMAGE_CAPTION",
            "ampliar foto|SHARE_SUBSCRIBE",
            "Video Transcript|SHARE_SUBSCRIBE",
            "Continue Reading|SHARE_SUBSCRIBE",
            "Stay Connected. Follow Polygon Now!|SHARE_SUBSCRIBE",
            "Right Click Here To Download|SHARE_SUBSCRIBE",
            "Podcast: Play in new window|SHARE_SUBSCRIBE",
            "(MORE: 'Laughter Shocks': 13 Best Tweets About the East Coast Earthquake)|READ_ALSO",
            // A row of buttons in other languages, each label often written twice (the icon's text and the link's).
            "Teilen Teilen Weiterleiten Weiterleiten Tweeten Tweeten Weiterleiten Weiterleiten Drucken|SHARE_SUBSCRIBE",
            "Partager Tweeter Imprimer Envoyer|SHARE_SUBSCRIBE",
            "Compartir · Imprimir · Enviar|SHARE_SUBSCRIBE",
            "Condividi Stampa Commenta|SHARE_SUBSCRIBE",
            "Udostępnij Drukuj Wyślij|SHARE_SUBSCRIBE",
            "Paylaş Yazdır Gönder|SHARE_SUBSCRIBE",
            "Поделиться Печать|SHARE_SUBSCRIBE",
            "Facebook Twitter WhatsApp E-Mail|SHARE_SUBSCRIBE",
            "Share Facebook Twitter LinkedIn Email|SHARE_SUBSCRIBE"})
    void recognisesBoilerplate(String line, RemovalReason reason) {
        assertThat(BoilerplateLines.match(line)).get().extracting(RemovedSpan::reason).isEqualTo(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mosul is the capital of Nineveh province.",
            "Par ailleurs, le gouvernement a dit non.",
            "Barack Obama, President",
            "John Smith, the mayor, said on Monday, June 3, 2014 that the bridge would reopen.",
            "Follow the money, the prosecutor told the jury.",
            "Werbung für Zigaretten wurde 2007 verboten, sagte die Ministerin.",
            "Readers who saw the flooding can write to the desk at floods@example.com with photos and accounts.",
            "Lire aussiT",
            "相关新闻发布会于周二在北京举行，外交部发言人回答了记者提问，并就双边关系发表了看法。会上，发言人表示，双方将继续保持沟通，推动关系稳定发展，"
                    + "并在经贸、人文、科技等领域深化合作。此外，发言人还就地区局势回答了提问，呼吁各方保持克制，通过对话解决分歧，维护地区和平稳定。",
            "Courtesy of the ministry, reporters were flown to the dam on Tuesday to see the damage for themselves.",
            "An AFP photographer said the bodies of soldiers lay in the street near the bridge.",
            "Read the statement, officials said, and you will see the army had already left the city by then.",
            "The governor shared this view with reporters on Tuesday.",
            "Islamic state plan",
            "By Tuesday evening, militants had taken the airport and the main bridges over the Tigris.",
            "By the end of the day the city had fallen.",
            "Market on Sunday",
            "14.5",
            "2024",
            "May",
            "Protests in Paris",
            "Support for the plan grew in the villages, officials said.",
            "Revenue > costs, the report said.",
            "The exclusive interview was aired on Sunday.",
            "Foto finish: the race was decided by a hundredth of a second, the judges said after a long look.",
            "Print media lost readers.",
            "Facebook and Twitter removed the videos.",
            "Teilen Sie Ihre Meinung mit uns.",
            "snake_case",
            "He was a writer",
            "The editor",
            "Style Editor",
            "Web Audio Editor",
            "Illustration by children of the school hung in the hall.",
            "(The ministry later denied this: no such order was given.)",
            "Before you go to the polls, check which documents you need to bring.",
            "Saving the harbour will cost 310 million, the council said in a report published on 4 July 2022.",
            "Related reports from the Observatory said that 634 people had been killed since Isil launched its "
                    + "offensive in Deir Al Zor province forty days ago, most of them fighters on both sides of "
                    + "the front, and that 130,000 people had fled."})
    void leavesTextAlone(String line) {
        assertThat(BoilerplateLines.match(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Also Read"})
    void saysWhatMatched(String line) {
        assertThat(BoilerplateLines.match(line)).get().extracting(RemovedSpan::detail).asString().contains("\"Also Read\"");
    }
}

package app.roster.bench;

import java.util.SplittableRandom;

/**
 * Made-up people in several scripts, each name with the Latin spelling its owner would use in an
 * email address. The share of each script is roughly that of an international customer base;
 * scripts written without spaces (Chinese, Japanese, Korean given as one run, Thai) exercise the
 * search's any-part matching.
 */
final class Names {

  /** A person's name as shown, and the ASCII local part their email starts with. */
  record Person(String name, String emailLocal) {}

  private record Script(
      int weight, String[] given, String[] family, boolean familyFirst, boolean spaced) {}

  private static final Script[] SCRIPTS = {
    new Script(
        52,
        split(
            "Ana|ana James|james Maria|maria John|john Sofia|sofia Liam|liam Olivia|olivia"
                + " Noah|noah Emma|emma Lucas|lucas Mia|mia Mateo|mateo Isabella|isabella"
                + " Daniel|daniel Grace|grace Samuel|samuel Chloe|chloe Henry|henry Ava|ava"
                + " Leo|leo Zoe|zoe Jack|jack Ella|ella Oscar|oscar Ruby|ruby Hugo|hugo"),
        split(
            "Smith|smith Johnson|johnson Williams|williams Brown|brown Jones|jones"
                + " Miller|miller Davis|davis Lopez|lopez Wilson|wilson Anderson|anderson"
                + " Taylor|taylor Thomas|thomas Moore|moore Martin|martin Jackson|jackson"
                + " White|white Harris|harris Clark|clark Lewis|lewis Walker|walker Hall|hall"
                + " Young|young King|king Wright|wright Scott|scott Green|green Baker|baker"
                + " Adams|adams Nelson|nelson O'Brien|obrien"),
        false,
        true),
    new Script(
        14,
        split(
            "José|jose François|francois Zoë|zoe Jürgen|jurgen Søren|soren Łukasz|lukasz"
                + " Inés|ines Björn|bjorn Agnès|agnes Małgorzata|malgorzata Nguyễn Văn|van"
                + " Ștefan|stefan Élodie|elodie Jean-Luc|jeanluc Dvořák|dvorak"),
        split(
            "García|garcia Müller|muller Groß|gross Dubois|dubois Kowalski|kowalski"
                + " Nowak|nowak Fernández|fernandez Schröder|schroder Núñez|nunez"
                + " Lefèvre|lefevre Håkansson|hakansson de la Cruz|delacruz Özdemir|ozdemir"
                + " Çelik|celik Łęcki|lecki"),
        false,
        true),
    new Script(
        6,
        split(
            "Иван|ivan Мария|maria Алексей|aleksei Ольга|olga Дмитрий|dmitri Анна|anna"
                + " Сергей|sergei Наталья|natalia Павел|pavel Ирина|irina"),
        split(
            "Иванов|ivanov Смирнова|smirnova Кузнецов|kuznetsov Попова|popova"
                + " Соколов|sokolov Лебедева|lebedeva Козлов|kozlov Новикова|novikova"
                + " Морозов|morozov Волкова|volkova"),
        false,
        true),
    new Script(
        2,
        split("Γιώργος|giorgos Μαρία|maria Νίκος|nikos Ελένη|eleni Δημήτρης|dimitris"),
        split(
            "Παπαδόπουλος|papadopoulos Οικονόμου|oikonomou Γεωργίου|georgiou"
                + " Νικολάου|nikolaou Βασιλείου|vasileiou"),
        false,
        true),
    new Script(
        4,
        split("محمد|mohammed فاطمة|fatima أحمد|ahmed ليلى|layla علي|ali مريم|maryam"),
        split("العلي|alali حسن|hassan الخطيب|alkhatib منصور|mansour حداد|haddad"),
        false,
        true),
    new Script(
        2,
        split("अर्जुन|arjun प्रिया|priya राहुल|rahul अनन्या|ananya विक्रम|vikram"),
        split("शर्मा|sharma वर्मा|verma पटेल|patel गुप्ता|gupta सिंह|singh"),
        false,
        true),
    new Script(
        8,
        split("伟|wei 芳|fang 娜|na 秀英|xiuying 敏|min 静|jing 强|qiang 磊|lei 洋|yang 艳|yan"),
        split("王|wang 李|li 张|zhang 刘|liu 陈|chen 杨|yang 黄|huang 赵|zhao 吴|wu 周|zhou"),
        true,
        false),
    new Script(
        6,
        split("太郎|taro 花子|hanako 健|ken 由美|yumi 翔太|shota さくら|sakura 大輔|daisuke" + " ユイ|yui"),
        split(
            "山田|yamada 佐藤|sato 鈴木|suzuki 高橋|takahashi 田中|tanaka 伊藤|ito"
                + " 渡辺|watanabe 中村|nakamura"),
        true,
        false),
    new Script(
        4,
        split("민준|minjun 서연|seoyeon 지호|jiho 하은|haeun 도윤|doyun"),
        split("김|kim 이|lee 박|park 최|choi 정|jung"),
        true,
        false),
    new Script(
        2,
        split("สมชาย|somchai สมศรี|somsri อนันต์|anan มาลี|malee"),
        split("ใจดี|jaidee รักไทย|rakthai ศรีสุข|srisuk"),
        false,
        true),
  };

  private static final int TOTAL_WEIGHT = totalWeight();

  private Names() {}

  /** A person in a script chosen by weight, with a name unique enough for realistic sorting. */
  static Person person(SplittableRandom random) {
    int pick = random.nextInt(TOTAL_WEIGHT);
    Script script = SCRIPTS[0];
    for (Script s : SCRIPTS) {
      if (pick < s.weight()) {
        script = s;
        break;
      }
      pick -= s.weight();
    }
    String[] given = script.given()[random.nextInt(script.given().length)].split("\\|");
    String[] family = script.family()[random.nextInt(script.family().length)].split("\\|");
    String name;
    if (!script.familyFirst()) {
      name = given[0] + " " + family[0];
    } else if (script.spaced() || random.nextInt(4) == 0) {
      name = family[0] + " " + given[0];
    } else {
      // Written as one run, as most Chinese, Japanese and Korean names are.
      name = family[0] + given[0];
    }
    return new Person(name, given[1] + "." + family[1]);
  }

  /** "Ana|ana James|james": native spellings may hold spaces, the Latin ones never do. */
  private static String[] split(String pairs) {
    return pairs.split("(?<=\\|[a-z]{1,20}) ");
  }

  private static int totalWeight() {
    int total = 0;
    for (Script s : SCRIPTS) {
      total += s.weight();
    }
    return total;
  }
}

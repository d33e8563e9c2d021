package eu.loopmentoring.api.identity;

import eu.loopmentoring.domain.identity.CommonPasswords;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import me.gosimple.nbvcxz.resources.DictionaryUtil;

/**
 * The 100,000 most common passwords of leaked password sets, as bundled with nbvcxz (a maintained
 * password strength estimator), compared ignoring letter case. Read once at start, about 1 MB.
 */
@Singleton
public class BundledCommonPasswords implements CommonPasswords {

    private final Set<String> passwords =
            DictionaryUtil.loadUnrankedDictionary(DictionaryUtil.passwords).keySet().stream()
                    .map(password -> password.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());

    @Override
    public boolean contains(String password) {
        return password != null && passwords.contains(password.strip().toLowerCase(Locale.ROOT));
    }
}

package eu.loopmentoring.domain.identity;

import eu.loopmentoring.domain.contracts.RefreshTokenStoreContract;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.InMemoryRefreshTokens;

class InMemoryRefreshTokensTest extends RefreshTokenStoreContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryRefreshTokens tokens = new InMemoryRefreshTokens();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected RefreshTokenStore tokens() {
        return tokens;
    }
}

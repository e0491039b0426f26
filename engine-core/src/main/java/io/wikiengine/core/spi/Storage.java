package io.wikiengine.core.spi;

/**
 * Where a wiki keeps its data. A backend implements this and the repositories of {@link StorageSession},
 * and proves itself with the SPI test-kit that engine-core ships as a test-jar.
 *
 * <p>Every mutation of the wiki runs in exactly one {@link #inTransaction} call: it either happens whole or
 * not at all. Implementations are thread-safe; sessions are not and never leave their transaction.
 */
public interface Storage extends AutoCloseable {

    /**
     * Runs the work in one transaction and returns its result. The transaction commits when the work
     * returns and rolls back when it throws; the exception then propagates unchanged.
     *
     * @throws StorageException when the backend fails (after rolling back)
     */
    <T> T inTransaction(StorageWork<T> work);

    /** Runs the work in one transaction, as {@link #inTransaction(StorageWork)}, for work with no result. */
    default void run(java.util.function.Consumer<StorageSession> work) {
        inTransaction(session -> {
            work.accept(session);
            return null;
        });
    }

    /** A short description of the backend for logs, for example {@code H2 in memory}. */
    String description();

    /** Releases every resource; the storage cannot be used afterwards. */
    @Override
    void close();
}

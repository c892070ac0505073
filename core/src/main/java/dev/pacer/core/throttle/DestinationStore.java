package dev.pacer.core.throttle;

import java.io.IOException;
import java.util.List;

/** Where learned destination state survives a restart. */
public interface DestinationStore {
    List<DestinationSnapshot> load() throws IOException;

    void save(List<DestinationSnapshot> snapshots) throws IOException;

    /** Keeps nothing: for tests and for operators who want every start from scratch. */
    DestinationStore NONE = new DestinationStore() {
        @Override
        public List<DestinationSnapshot> load() {
            return List.of();
        }

        @Override
        public void save(List<DestinationSnapshot> snapshots) {
        }
    };
}

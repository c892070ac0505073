package dev.pacer.testing;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.configuration2.BaseHierarchicalConfiguration;
import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.mailrepository.api.MailRepositoryStore;
import org.apache.james.mailrepository.api.Protocol;
import org.apache.james.mailrepository.file.FileMailRepository;
import org.apache.james.mailrepository.memory.MailRepositoryStoreConfiguration;
import org.apache.james.mailrepository.memory.MemoryMailRepository;
import org.apache.james.mailrepository.memory.MemoryMailRepositoryStore;
import org.apache.james.mailrepository.memory.MemoryMailRepositoryUrlStore;

/**
 * James's own mail repository store, serving {@code memory://} (James's MemoryMailRepository) and {@code file://}
 * (James's FileMailRepository, under a directory of the test), as the memory server configures them. Needs James's
 * {@code james-server-mailrepository-memory} and {@code james-server-data-file} on the test classpath.
 */
public final class JamesRepositories {
    private JamesRepositories() {
    }

    /** A started store; {@code file://} repositories live under {@code baseDirectory}. */
    public static MailRepositoryStore store(Path baseDirectory) throws Exception {
        FileSystem fileSystem = new DirectoryFileSystem(baseDirectory);
        MailRepositoryStoreConfiguration configuration = MailRepositoryStoreConfiguration.forItems(
            new MailRepositoryStoreConfiguration.Item(List.of(new Protocol("memory")), MemoryMailRepository.class.getName(),
                new BaseHierarchicalConfiguration()),
            new MailRepositoryStoreConfiguration.Item(List.of(new Protocol("file")), FileMailRepository.class.getName(),
                new BaseHierarchicalConfiguration()));
        MemoryMailRepositoryStore store = new MemoryMailRepositoryStore(new MemoryMailRepositoryUrlStore(), (className, url) -> {
            if (className.equals(FileMailRepository.class.getName())) {
                FileMailRepository repository = new FileMailRepository();
                repository.setFileSystem(fileSystem);
                return repository;
            }
            return new MemoryMailRepository();
        }, configuration);
        store.init();
        return store;
    }

    /** James's FileSystem over one directory: {@code file://var/...} is {@code <directory>/var/...}. */
    private static final class DirectoryFileSystem implements FileSystem {
        private final Path base;

        DirectoryFileSystem(Path base) {
            this.base = base;
        }

        @Override
        public InputStream getResource(String url) throws IOException {
            return Files.newInputStream(getFile(url).toPath());
        }

        @Override
        public File getFile(String fileURL) throws FileNotFoundException {
            String path = fileURL.startsWith(FILE_PROTOCOL) ? fileURL.substring(FILE_PROTOCOL.length()) : fileURL;
            return base.resolve(path.replaceFirst("^/+", "")).toFile();
        }

        @Override
        public File getBasedir() {
            return base.toFile();
        }
    }
}

package news.storyline.cli;

import picocli.CommandLine.IVersionProvider;

/** The version the build wrote into the jar's manifest. */
final class StorylineVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = StorylineVersion.class.getPackage().getImplementationVersion();
        return new String[] {"storyline " + (version == null ? "(development build)" : version)};
    }
}

package prepdeck.web;

/** Serves the test fixture on a fixed port, to look at the pages by hand: {@code java ... FixtureServerMain 7070}. */
final class FixtureServerMain {
    private FixtureServerMain() {}

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 7070;
        var server = new TestServer(new FixtureKnowledge(), port);
        System.out.println("fixture pages at " + server.server.url());
        Thread.currentThread().join();
    }
}

/**
 * A page served beside the app (same origin) that loads it in a frame and runs what the test
 * sends: for a browser started without automation, which no driver can reach. It asks the test
 * server for the next command (an expression over `frame`), evaluates it and posts back the
 * result.
 */
export function opfsDriverPage(nextUrl: string, replyUrl: string): string {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Engine test driver</title></head>
  <body style="margin:0">
    <iframe style="width:1280px;height:960px;border:0" title="app"></iframe>
    <script>
      const frame = document.querySelector('iframe');
      (${runCommands.toString()})(${JSON.stringify(nextUrl)}, ${JSON.stringify(replyUrl)});
    </script>
  </body>
</html>`;
}

/** Runs in the driver page: fetches commands for ever and answers each. */
async function runCommands(nextUrl: string, replyUrl: string): Promise<void> {
  for (;;) {
    let command: { id?: number; source?: string };
    try {
      command = await (await fetch(nextUrl)).json();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    if (command.id === undefined) continue;
    let reply: { id: number; value?: unknown; error?: string };
    try {
      // Indirect eval: the expression sees the page's globals (`frame`), nothing of this function.
      reply = { id: command.id, value: await (0, eval)(command.source ?? '') };
    } catch (error) {
      reply = {
        id: command.id,
        error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error),
      };
    }
    await fetch(replyUrl, { method: 'POST', body: JSON.stringify(reply) });
  }
}

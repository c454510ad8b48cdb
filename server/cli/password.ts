// Passwords come from the terminal (typed twice, not echoed) or from standard input (one line),
// never from the command line, where they would land in shell history and process lists.
import readline from 'node:readline';
import { Writable } from 'node:stream';

async function readLineFromPipe(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return (Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '').normalize('NFC');
}

function ask(prompt: string): Promise<string> {
  const muted = new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output: muted, terminal: true });
  process.stdout.write(prompt);
  return new Promise((resolve) => {
    rl.question('', (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer.normalize('NFC'));
    });
  });
}

export async function readNewPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readLineFromPipe();
  const first = await ask('Kata sandi baru: ');
  const second = await ask('Ulangi kata sandi: ');
  if (first !== second) throw new Error('Kedua kata sandi tidak sama.');
  return first;
}

// Runs every operation of Uploadcare's official JS SDK (@uploadcare/upload-client and
// @uploadcare/rest-client) that the emulator claims against a running emulator, and prints
// one JSON line per operation: {"op": name, "ok": true} or {"op", "ok": false, "error"}.
// Environment: UPLOAD_BASE, REST_BASE, CDN_BASE, PUBLIC_KEY, SECRET_KEY.
// Run by dev.ucare.emulator.OfficialJsSdkIT; exits 1 when an operation failed.
import { blocked } from './loopback-only.mjs';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import http from 'node:http';
import {
  UploadClient, uploadFile, uploadDirect, base, uploadFromUrl, uploadFileGroup, info, groupInfo as uploadGroupInfo,
  UploadError,
} from '@uploadcare/upload-client';
import {
  UploadcareAuthSchema, UploadcareSimpleAuthSchema, Paginator, listOfFiles, fileInfo, storeFile, deleteFile,
  storeFiles, deleteFiles, copyFileToLocalStorage, copyFileToRemoteStorage, getMetadata, getMetadataValue,
  updateMetadata, deleteMetadata, listOfGroups, groupInfo, deleteGroup, listOfWebhooks, createWebhook,
  updateWebhook, deleteWebhook, convert, conversionJobStatus, conversionInfo, executeAddon, addonExecutionStatus,
  RestClientError,
} from '@uploadcare/rest-client';

const { UPLOAD_BASE, REST_BASE, CDN_BASE, PUBLIC_KEY, SECRET_KEY } = process.env;
const upload = { publicKey: PUBLIC_KEY, baseURL: UPLOAD_BASE, baseCDN: CDN_BASE, retryNetworkErrorMaxTimes: 0 };
const signed = { authSchema: new UploadcareAuthSchema({ publicKey: PUBLIC_KEY, secretKey: SECRET_KEY }), apiBaseURL: REST_BASE };
const simple = { authSchema: new UploadcareSimpleAuthSchema({ publicKey: PUBLIC_KEY, secretKey: SECRET_KEY }), apiBaseURL: REST_BASE };
// a 1x1 PNG
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
let failed = 0;

async function op(name, fn) {
  try {
    await fn();
    console.log(JSON.stringify({ op: name, ok: true }));
  } catch (e) {
    failed++;
    console.log(JSON.stringify({ op: name, ok: false, error: String((e && e.stack) || e) }));
  }
}

async function until(what, check, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

async function cdnBytes(url) {
  const response = await fetch(url);
  assert.equal(response.status, 200, `CDN ${url}`);
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  return Buffer.from(await response.arrayBuffer());
}

const text = Buffer.from('hello from the official JS SDK\n'.repeat(20));
const big = crypto.randomBytes(11 * 1024 * 1024);
let direct;
let multipart;

await op('upload-client uploadFile: direct upload with metadata (POST /base/)', async () => {
  direct = await uploadFile(text, { ...upload, fileName: 'hello.txt', contentType: 'text/plain', store: true, metadata: { kind: 'greeting' } });
  assert.match(direct.uuid, /^[0-9a-f-]{36}$/);
  assert.equal(direct.size, text.length);
  assert.equal(direct.isStored, true);
  assert.equal(direct.name, 'hello.txt');
  assert.deepEqual(direct.metadata, { kind: 'greeting' });
});

await op('upload-client uploadDirect and base: direct upload of an image, then its info', async () => {
  const file = await uploadDirect(PNG, { ...upload, fileName: 'pixel.png', contentType: 'image/png', store: 'auto' });
  assert.equal(file.size, PNG.length);
  assert.equal(file.isImage, true);
  assert.equal(file.imageInfo.width, 1);
  const response = await base(PNG, { ...upload, fileName: 'raw.png', contentType: 'image/png' });
  assert.match(response.file, /^[0-9a-f-]{36}$/);
});

await op('upload-client uploadFile: multipart upload of 11 MiB (start, part PUTs, complete)', async () => {
  let progress = 0;
  multipart = await uploadFile(big, {
    ...upload, fileName: 'big.bin', contentType: 'application/octet-stream', store: true,
    multipartMinFileSize: 10 * 1024 * 1024, onProgress: (p) => { if (p.isComputable) progress = p.value; },
  });
  assert.equal(multipart.size, big.length);
  assert.equal(progress, 1);
});

await op('CDN: the bytes of direct and multipart uploads', async () => {
  assert.equal(sha256(await cdnBytes(direct.cdnUrl)), sha256(text));
  assert.equal(sha256(await cdnBytes(multipart.cdnUrl)), sha256(big));
  assert.ok(multipart.cdnUrl.startsWith(CDN_BASE), multipart.cdnUrl);
});

await op('upload-client info: file info (GET /info/)', async () => {
  const fileInfo = await info(direct.uuid, upload);
  assert.equal(fileInfo.uuid, direct.uuid);
  assert.equal(fileInfo.size, text.length);
  assert.equal(fileInfo.isReady, true);
  assert.equal(fileInfo.originalFilename, 'hello.txt');
});

await op('upload-client uploadFile from URL (POST /from_url/, status polling)', async () => {
  const file = await uploadFile(direct.cdnUrl, { ...upload, fileName: 'copy.txt', store: true, saveUrlForRecurrentUploads: true });
  assert.notEqual(file.uuid, direct.uuid);
  assert.equal(sha256(await cdnBytes(file.cdnUrl)), sha256(text));
  const again = await uploadFromUrl(direct.cdnUrl, { ...upload, checkForUrlDuplicates: true });
  assert.equal(again.uuid, file.uuid);
});

await op('upload-client signed uploads: a valid signature is accepted, a forged one refused', async () => {
  const expire = String(Math.floor(Date.now() / 1000) + 600);
  const signature = crypto.createHmac('sha256', SECRET_KEY).update(expire).digest('hex');
  const ok = await uploadFile(text, { ...upload, fileName: 'signed.txt', secureSignature: signature, secureExpire: expire });
  assert.match(ok.uuid, /^[0-9a-f-]{36}$/);
  const forged = crypto.createHmac('sha256', 'not-the-secret').update(expire).digest('hex');
  await assert.rejects(uploadFile(text, { ...upload, fileName: 'forged.txt', secureSignature: forged, secureExpire: expire }),
    (e) => e instanceof UploadError && e.code === 'SignatureInvalidError');
  const past = String(Math.floor(Date.now() / 1000) - 10);
  const expired = crypto.createHmac('sha256', SECRET_KEY).update(past).digest('hex');
  await assert.rejects(uploadFile(text, { ...upload, fileName: 'late.txt', secureSignature: expired, secureExpire: past }),
    (e) => e instanceof UploadError && e.code === 'SignatureExpirationError');
});

let group;
await op('upload-client uploadFileGroup: group of uploaded files (POST /group/ with files[])', async () => {
  group = await uploadFileGroup([direct.uuid, multipart.uuid, `${direct.uuid}/-/resize/10x/`], upload);
  assert.match(group.uuid, /~3$/);
  assert.equal(group.filesCount, 3);
  assert.deepEqual(group.files.map((f) => f.uuid), [direct.uuid, multipart.uuid, direct.uuid]);
  assert.equal(group.totalSize, 2 * text.length + big.length);
});

await op('upload-client groupInfo (GET /group/info/)', async () => {
  const g = await uploadGroupInfo(group.uuid, upload);
  assert.equal(g.id, group.uuid);
  assert.equal(g.files[2].defaultEffects, 'resize/10x/');
});

await op('upload-client UploadClient: the client object with its settings', async () => {
  const client = new UploadClient(upload);
  const file = await client.uploadFile(Buffer.from('via UploadClient'), { fileName: 'client.txt' });
  assert.equal((await client.info(file.uuid)).size, 16);
});

await op('rest-client listOfFiles + Paginator: every page, signed auth', async () => {
  const uploaded = [];
  for (let i = 0; i < 5; i++) {
    uploaded.push((await uploadFile(Buffer.from(`page ${i}`), { ...upload, fileName: `p${i}.txt`, store: true })).uuid);
  }
  const paginator = new Paginator(listOfFiles, { limit: 2, stored: true }, signed);
  const seen = [];
  let pages = 0;
  while (paginator.hasNextPage()) {
    const page = await paginator.next();
    pages++;
    page.results.forEach((f) => seen.push(f.uuid));
    if (pages > 50) throw new Error('pagination does not end');
  }
  assert.equal(new Set(seen).size, seen.length, 'no file twice');
  uploaded.forEach((uuid) => assert.ok(seen.includes(uuid), uuid));
  assert.ok(pages >= 3);
  const first = await listOfFiles({ limit: 1, ordering: '-datetime_uploaded' }, simple);
  assert.equal(first.results[0].uuid, uploaded[4]);
  assert.ok(first.totals.stored >= 5);
});

await op('rest-client fileInfo (with appdata), simple and signed auth', async () => {
  const f = await fileInfo({ uuid: direct.uuid, include: 'appdata' }, signed);
  assert.equal(f.uuid, direct.uuid);
  assert.equal(f.size, text.length);
  assert.equal(f.metadata.kind, 'greeting');
  assert.equal((await fileInfo({ uuid: multipart.uuid }, simple)).size, big.length);
});

await op('rest-client storeFile and deleteFile', async () => {
  const temp = await uploadFile(Buffer.from('temporary'), { ...upload, fileName: 't.txt', store: false });
  assert.equal(temp.isStored, false);
  assert.ok((await storeFile({ uuid: temp.uuid }, signed)).datetimeStored);
  assert.ok((await deleteFile({ uuid: temp.uuid }, signed)).datetimeRemoved);
  const response = await fetch(temp.cdnUrl);
  assert.equal(response.status, 404);
});

await op('rest-client storeFiles and deleteFiles (batch, with problems)', async () => {
  const a = await uploadFile(Buffer.from('a'), { ...upload, fileName: 'a.txt', store: false });
  const b = await uploadFile(Buffer.from('b'), { ...upload, fileName: 'b.txt', store: false });
  const stored = await storeFiles({ uuids: [a.uuid, b.uuid, 'not-a-uuid'] }, signed);
  assert.equal(stored.result.length, 2);
  assert.equal(stored.problems['not-a-uuid'], 'Invalid');
  const deleted = await deleteFiles({ uuids: [a.uuid, b.uuid] }, signed);
  assert.equal(deleted.result.filter((f) => f.datetimeRemoved).length, 2);
});

await op('rest-client copyFileToLocalStorage and copyFileToRemoteStorage', async () => {
  const local = await copyFileToLocalStorage({ source: direct.uuid, store: true, metadata: { copied: 'yes' } }, signed);
  assert.equal(local.type, 'file');
  assert.notEqual(local.result.uuid, direct.uuid);
  assert.equal(sha256(await cdnBytes(`${CDN_BASE}${local.result.uuid}/`)), sha256(text));
  const remote = await copyFileToRemoteStorage({ source: direct.uuid, target: 'my-storage', makePublic: true }, signed);
  assert.equal(remote.type, 'url');
  assert.ok(remote.result.startsWith('s3://my-storage/'), remote.result);
});

await op('rest-client metadata: updateMetadata, getMetadata, getMetadataValue, deleteMetadata', async () => {
  assert.equal(await updateMetadata({ uuid: direct.uuid, key: 'colour', value: 'blue' }, signed), 'blue');
  assert.deepEqual(await getMetadata({ uuid: direct.uuid }, signed), { kind: 'greeting', colour: 'blue' });
  assert.equal(await getMetadataValue({ uuid: direct.uuid, key: 'colour' }, signed), 'blue');
  await deleteMetadata({ uuid: direct.uuid, key: 'colour' }, signed);
  assert.deepEqual(await getMetadata({ uuid: direct.uuid }, signed), { kind: 'greeting' });
  await assert.rejects(getMetadataValue({ uuid: direct.uuid, key: 'colour' }, signed), (e) => e instanceof RestClientError && e.status === 404);
});

await op('rest-client groups: listOfGroups, groupInfo, deleteGroup', async () => {
  const list = await listOfGroups({ limit: 100 }, signed);
  assert.ok(list.results.some((g) => g.id === group.uuid));
  const g = await groupInfo({ uuid: group.uuid }, signed);
  assert.equal(g.filesCount, 3);
  assert.equal(g.files.length, 3);
  await deleteGroup({ uuid: group.uuid }, signed);
  await assert.rejects(groupInfo({ uuid: group.uuid }, signed), (e) => e.status === 404);
});

await op('rest-client webhooks: create, list, update, delete; a signed delivery arrives', async () => {
  const deliveries = [];
  const receiver = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      deliveries.push({ headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(200).end();
    });
  });
  await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  try {
    const target = `http://127.0.0.1:${receiver.address().port}/hooks`;
    const hook = await createWebhook({ targetUrl: target, event: 'file.uploaded', isActive: true, signingSecret: 'whsec-test', version: '0.7' }, signed);
    assert.equal(hook.targetUrl, target);
    assert.ok((await listOfWebhooks({}, signed)).some((w) => w.id === hook.id));
    const file = await uploadFile(Buffer.from('hooked'), { ...upload, fileName: 'hooked.txt' });
    const delivery = await until('the webhook delivery', () => deliveries.find((d) => d.body.includes(file.uuid)));
    const expected = 'v1=' + crypto.createHmac('sha256', 'whsec-test').update(delivery.body).digest('hex');
    assert.equal(delivery.headers['x-uc-signature'], expected);
    const payload = JSON.parse(delivery.body);
    assert.equal(payload.hook.event, 'file.uploaded');
    assert.equal(payload.data.uuid, file.uuid);
    const updated = await updateWebhook({ id: hook.id, isActive: false }, signed);
    assert.equal(updated.isActive, false);
    await deleteWebhook({ targetUrl: target }, signed);
    assert.ok(!(await listOfWebhooks({}, signed)).some((w) => w.id === hook.id));
  } finally {
    receiver.close();
  }
});

await op('rest-client conversions: document and video convert, conversionJobStatus, conversionInfo', async () => {
  const doc = await uploadFile(PNG, { ...upload, fileName: 'scan.png', store: true });
  const documents = await convert({ type: 'document', paths: [`${doc.uuid}/document/-/format/pdf/`, `${doc.uuid}/document/-/format/jpg/`], store: true, saveInGroup: true }, signed);
  assert.deepEqual(documents.problems, {});
  assert.equal(documents.result.length, 2);
  for (const job of documents.result) {
    const status = await until('the document conversion', async () => {
      const s = await conversionJobStatus({ type: 'document', token: job.token }, signed);
      return s.status === 'finished' && s;
    });
    assert.equal(status.result.uuid, job.uuid);
    assert.equal((await fileInfo({ uuid: job.uuid }, signed)).isReady, true);
  }
  const docInfo = await conversionInfo({ uuid: doc.uuid }, signed);
  assert.ok(docInfo.format.conversionFormats.length > 0);
  const videos = await convert({ type: 'video', paths: [`${doc.uuid}/video/-/format/mp4/-/thumbs~2/`], store: true }, signed);
  const video = videos.result[0];
  assert.match(video.thumbnailsGroupUuid, /~2$/);
  await until('the video conversion', async () => (await conversionJobStatus({ type: 'video', token: video.token }, signed)).status === 'finished');
  const bad = await convert({ type: 'document', paths: ['not-a-file/document/'] }, signed);
  assert.ok(bad.problems['not-a-file/document/']);
});

await op('rest-client add-ons: executeAddon and addonExecutionStatus for all four', async () => {
  const image = await uploadFile(PNG, { ...upload, fileName: 'photo.png', store: true });
  for (const addonName of ['aws_rekognition_detect_labels', 'aws_rekognition_detect_moderation_labels', 'uc_clamav_virus_scan', 'remove_bg']) {
    const { requestId } = await executeAddon({ addonName, target: image.uuid, params: addonName === 'remove_bg' ? { type_level: '2' } : undefined }, signed);
    const status = await until(`add-on ${addonName}`, async () => {
      const s = await addonExecutionStatus({ addonName, requestId }, signed);
      return s.status === 'done' && s;
    });
    if (addonName === 'remove_bg') assert.match(status.result.fileId, /^[0-9a-f-]{36}$/);
  }
  const appdata = (await fileInfo({ uuid: image.uuid, include: 'appdata' }, signed)).appdata;
  assert.deepEqual(Object.keys(appdata).sort(), ['aws_rekognition_detect_labels', 'aws_rekognition_detect_moderation_labels', 'remove_bg', 'uc_clamav_virus_scan']);
  assert.equal(appdata.uc_clamav_virus_scan.data.infected, false);
});

await op('loopback only: nothing left the machine', async () => {
  // the SDK's from-URL upload tries a third-party WebSocket; it was refused locally
  assert.ok(blocked.every((host) => !/^(127\.|::1|localhost)/.test(host)));
});

console.log(JSON.stringify({ done: true, failed }));
process.exit(failed === 0 ? 0 : 1);

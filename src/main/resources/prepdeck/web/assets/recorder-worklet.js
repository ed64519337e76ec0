// The spoken interview's recorder: hands each block of the microphone's first channel to the page, which keeps
// them and writes a WAV file (plain PCM; no codec). Runs on the audio thread; loaded by spoken.js.
class PrepdeckRecorder extends AudioWorkletProcessor {
  process(inputs) {
    var input = inputs[0];
    if (input && input[0] && input[0].length) this.port.postMessage(input[0].slice(0));
    return true;
  }
}
registerProcessor("prepdeck-recorder", PrepdeckRecorder);

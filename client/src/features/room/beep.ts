/** A short, soft beep through WebAudio; silently nothing where audio is unavailable. */
export function softBeep(): void {
  try {
    const AudioCtor = window.AudioContext as typeof AudioContext | undefined;
    if (!AudioCtor) return;
    const audio = new AudioCtor();
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.0001, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.2, audio.currentTime + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.6);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start();
    oscillator.stop(audio.currentTime + 0.65);
    oscillator.onended = () => void audio.close();
  } catch {
    // No sound: the visual flash still signals the end.
  }
}
